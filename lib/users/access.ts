import { forbidden } from "../errors";
import { can } from "../policy";
import type { Actor } from "../session";

/** Throws `forbidden` unless `actor` may manage accounts. */
export function assertManager(actor: Actor | null): asserts actor is Actor {
  if (!can(actor, "user.manage")) throw forbidden();
}
