import { eventCalendarFile } from '../../../../server/calendar-files';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  return eventCalendarFile(request, (await params).file);
}
