import { getCurrentUser, requireUser, type Actor } from "../session";

/**
 * The viewer of a page that anonymous visitors may also open: null when signed out; a
 * signed-in person with a pending password change or MFA enrolment is sent there first.
 */
export async function currentViewer(path: string): Promise<Actor | null> {
  return (await getCurrentUser()) ? requireUser(path) : null;
}
