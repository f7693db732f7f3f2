import 'reflect-metadata';
import { DATABASE_DOWN, type Health } from '../../../server/health';
import { getRuntime } from '../../../server/runtime';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const answer = (health: Health) =>
  Response.json(health, { status: health.status === 'ok' ? 200 : 503, headers: { 'cache-control': 'no-store' } });

/**
 * /api/health (#11 §5): 200 when the database is reachable and the migrations are applied, 503 otherwise, for
 * load balancers and the scale-out check. A runtime that cannot start (the database is down at start) is a
 * 503 too; getRuntime tries again on the next request.
 */
export async function GET(): Promise<Response> {
  const cursus = await getRuntime().catch(() => null);
  return answer(cursus ? await cursus.health() : DATABASE_DOWN);
}
