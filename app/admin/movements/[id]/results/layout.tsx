import { ClientMessages } from "@/components/i18n/client-messages";

/** The results page's client components translate with the results section's messages (lib/i18n/client-namespaces.ts). */
export default function ResultsLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages section="results">{children}</ClientMessages>;
}
