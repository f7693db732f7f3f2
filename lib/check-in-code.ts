import { createHmac } from 'node:crypto';

/** #10 §2: a check-in code is good for one step of this length; the one before it is still accepted. */
export const CHECK_IN_STEP_MS = 30_000;

/** The step an instant falls in (steps count from the Unix epoch, the same in every process). */
export const checkInStep = (at: Date): number => Math.floor(at.getTime() / CHECK_IN_STEP_MS);

/** When a step's code stops being the current one (it is still accepted for one more step). */
export const stepEnd = (step: number): Date => new Date((step + 1) * CHECK_IN_STEP_MS);

/**
 * The code of an event for one step: HMAC-SHA256 of `eventId:step` under a key derived from the server secret,
 * truncated to 6 digits (typable from the screen). Nothing is stored: every process with the same secret
 * computes the same code, and without the secret no code can be foreseen. Never a static code (#10 §2).
 */
export function checkInCode(secret: string, eventId: number, step: number): string {
  const key = createHmac('sha256', secret).update('cursus-check-in').digest();
  const mac = createHmac('sha256', key).update(`${eventId}:${step}`).digest();
  return String(mac.readUInt32BE(0) % 1_000_000).padStart(6, '0');
}
