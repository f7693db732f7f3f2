import 'reflect-metadata';
import NextAuth from 'next-auth';
import { authOptions } from '../../../../server/auth-options';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const handler = (request: Request, context: unknown) => NextAuth(authOptions())(request, context);

export { handler as GET, handler as POST };
