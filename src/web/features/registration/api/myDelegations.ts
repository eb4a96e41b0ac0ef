import { useQuery } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import type { MyDelegation } from "./types";

/** GET /registration/delegations — the delegations the signed-in contact registers. */
export function useMyDelegations() {
  return useQuery({
    queryKey: ["registration", "mine"],
    queryFn: () => api.get<MyDelegation[]>("/registration/delegations"),
  });
}
