/** Error code the credentials provider throws when the failure is ours (e.g. database down), not the visitor's. */
export const serviceUnavailableError = "service_unavailable";
