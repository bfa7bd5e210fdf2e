import { ClientMessages } from "@/components/i18n/client-messages";

export default function WorkspaceLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages section="workspace">{children}</ClientMessages>;
}
