/** At most this many measurable targets per pledge (shared by the schema and the form). */
export const maxTargets = 20;
