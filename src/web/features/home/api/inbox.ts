import { useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import type { InboxItem } from "../../../../shared/inbox";

export type { InboxItem };

/** GET /api/home — what waits for the signed-in person, each item checked by its module's policy. */
export function useInbox() {
  return useQuery({
    queryKey: ["home", "inbox"],
    queryFn: async () => (await api.get<{ items: InboxItem[] }>("/home")).items,
    // Counts change as others work; coming back to the page refreshes them.
    refetchOnMount: "always",
  });
}
