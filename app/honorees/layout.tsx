import { ClientMessages } from "@/components/i18n/client-messages";

export default function RosterLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages section="roster">{children}</ClientMessages>;
}
