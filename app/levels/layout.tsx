import { ClientMessages } from "@/components/i18n/client-messages";

/** The client components below translate the route's forms: they get the levels messages (lib/i18n/client-namespaces.ts). */
export default function LevelsLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages section="levels">{children}</ClientMessages>;
}
