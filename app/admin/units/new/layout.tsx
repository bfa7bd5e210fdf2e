import { ClientMessages } from "@/components/i18n/client-messages";

/** The client components below translate: they get the workspace messages (lib/i18n/client-namespaces.ts). */
export default function WorkspaceLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages section="workspace">{children}</ClientMessages>;
}
