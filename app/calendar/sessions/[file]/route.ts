import { getRuntime } from '../../../../server/runtime';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const [cursus, { file }] = await Promise.all([getRuntime(), params]);
  return cursus.calendarFile(request, 'session', file);
}
