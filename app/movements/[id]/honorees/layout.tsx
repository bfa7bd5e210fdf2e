import { ClientMessages } from "@/components/i18n/client-messages";

/** A movement's public roster: the roster's few messages, not the workspace's. */
export default function MovementRosterLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages section="roster">{children}</ClientMessages>;
}
