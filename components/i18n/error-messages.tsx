"use client";

import { createContext, useContext } from "react";

/** The sentences of the error page (app/error.tsx), in the visitor's language. */
export interface ErrorMessages {
  errorTitle: string;
  errorBody: string;
  unavailableTitle: string;
  unavailableBody: string;
  retry: string;
  /** With "{digest}" where the error's reference goes. */
  reference: string;
}

const ErrorMessagesContext = createContext<ErrorMessages | null>(null);

/**
 * Hands the error page its few sentences. It is the only client component on every page that
 * says anything, so the root layout gives it these rather than an intl provider: pages without
 * other client components (public rosters and profiles) then ship no use-intl at all.
 */
export function ErrorMessagesProvider({ messages, children }: { messages: ErrorMessages; children: React.ReactNode }) {
  return <ErrorMessagesContext value={messages}>{children}</ErrorMessagesContext>;
}

/** The error page's sentences; only below the root layout's ErrorMessagesProvider. */
export function useErrorMessages(): ErrorMessages {
  const messages = useContext(ErrorMessagesContext);
  if (!messages) throw new Error("useErrorMessages() outside <ErrorMessagesProvider> (app/layout.tsx)");
  return messages;
}
