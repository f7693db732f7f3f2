import { redirect } from 'next/navigation';
import { manageRoutes } from '../../../../../../components/manage/routes';

/** /manage/sessions/[id]/events opens the session page on its Events tab (#7 screen 5). */
export default async function SessionEventsPage({ params }: { params: Promise<{ id: string }> }) {
  redirect(manageRoutes.sessionTab((await params).id, 'events'));
}
