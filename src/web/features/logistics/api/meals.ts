/** Meals (issue 14, point 4) as the web asks for them: the list with counts, the form's options, writes. */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "../../../lib/api";
import type { Meal, MealBody, MealOptions, MealPatch } from "../../../../shared/schemas/meals";
import { logisticsKey } from "./logistics";

export type { Meal, MealBody, MealOptions };

const mealsKey = (meetingId: string) => [...logisticsKey(meetingId), "meals"] as const;

export function useMeals(meetingId: string) {
  return useQuery({ queryKey: mealsKey(meetingId), queryFn: () => api.get<Meal[]>(`/meetings/${meetingId}/meals`) });
}

export function useMealOptions(meetingId: string) {
  return useQuery({
    queryKey: [...mealsKey(meetingId), "options"],
    queryFn: () => api.get<MealOptions>(`/meetings/${meetingId}/meal-options`),
  });
}

/** Adds a meal, or changes one when `id` is given (with the version read). */
export function useSaveMeal(meetingId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, body }: { id?: string; version?: number; body: MealBody }) => {
      if (id && version !== undefined) {
        const patch: MealPatch = { ...body, version };
        return api.patch<Meal>(`/meetings/${meetingId}/meals/${id}`, patch);
      }
      return api.post<Meal>(`/meetings/${meetingId}/meals`, body);
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: mealsKey(meetingId) }),
  });
}

export function useDeleteMeal(meetingId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (m: { id: string; version: number }) =>
      api.delete<{ ok: true }>(`/meetings/${meetingId}/meals/${m.id}?version=${m.version}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: mealsKey(meetingId) }),
  });
}

/** Saves the meal's kitchen sheet (PDF) in the given language. */
export function downloadKitchenSheet(meetingId: string, meal: { id: string; at: string }, lang: "vi" | "en") {
  return api.download(
    `/meetings/${meetingId}/meals/${meal.id}/kitchen.pdf?lang=${lang}`,
    `kitchen-${meal.at.slice(0, 10)}-${meal.at.slice(11, 16).replace(":", "")}-${lang}.pdf`,
  );
}
