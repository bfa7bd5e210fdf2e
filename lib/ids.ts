import { z } from "zod";

/** True for a well-formed UUID: ids from URLs are checked before they reach a uuid column (a bad one would be a 500). */
export function isUuid(value: string): boolean {
  return z.uuid().safeParse(value).success;
}
