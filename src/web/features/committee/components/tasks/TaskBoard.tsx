/**
 * The board: a column per status. A card the caller may move (its owner, a helper, whoever edits it) moves by drag
 * and drop, or from the keyboard: focus the card and press ← / → for the next column, or open "Move to…" and pick
 * one. The result is announced (a live region) and focus stays on the moved card. Moving to "blocked" asks why.
 */
import { useRef, useState } from "react";
import {
  Anchor,
  Badge,
  Box,
  Button,
  Group,
  Menu,
  Modal,
  Paper,
  ScrollArea,
  Stack,
  Text,
  Textarea,
  Title,
} from "@mantine/core";
import { Link } from "react-router";
import type { TaskSummary } from "../../../../../shared/schemas/committee";
import { taskStatuses, type TaskStatus } from "../../../../../shared/committee";
import type { MeetingTabMeeting } from "../../../../lib/meetingTabs";
import { useI18n } from "../../../../lib/i18n";
import { errorText } from "../../../../components/ErrorAlert";
import { QueryState } from "../../../../components/QueryState";
import { useAllTasks, useTaskFilters } from "../TasksPage";
import { DueText, statusKey, useMoveTask } from "./shared";

export function TaskBoard({ meeting }: { meeting: MeetingTabMeeting }) {
  const { t } = useI18n();
  const { filters, search } = useTaskFilters();
  const tasks = useAllTasks(meeting.id, filters, false);
  const move = useMoveTask(meeting.id);
  const [announce, setAnnounce] = useState("");
  const [asking, setAsking] = useState<{ task: TaskSummary } | null>(null);
  const [reason, setReason] = useState("");
  const [dragging, setDragging] = useState<string | null>(null);
  const cards = useRef(new Map<string, HTMLDivElement>());

  const doMove = (task: TaskSummary, status: TaskStatus, blockedReason?: string) => {
    if (status === task.status) return;
    if (status === "blocked" && !blockedReason) {
      setReason("");
      setAsking({ task });
      return;
    }
    move.mutate(
      { task, status, blockedReason },
      {
        onSuccess: () => {
          setAnnounce(t("tasks.board.moved", { number: task.number, title: task.title, status: t(statusKey(status)) }));
          // Focus follows the card to its new column once the board is read again.
          setTimeout(() => cards.current.get(task.id)?.focus(), 300);
        },
        onError: (e) => setAnnounce(errorText(e, t("tasks.board.moveFailed"))),
      },
    );
  };

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t("tasks.board.help")}
      </Text>
      <Box role="status" aria-live="assertive" data-testid="board-announce" style={{ minHeight: "1.5em" }}>
        {announce && <Text size="sm">{announce}</Text>}
      </Box>
      <QueryState query={tasks}>
        {(rows) => (
          <ScrollArea type="auto" offsetScrollbars>
            <Group align="start" wrap="nowrap" gap="sm">
              {taskStatuses.map((status, col) => {
                const inCol = rows.filter((r) => r.status === status);
                return (
                  <Paper
                    key={status}
                    component="section"
                    aria-labelledby={`col-${status}`}
                    withBorder
                    p="xs"
                    w={250}
                    miw={250}
                    bg={dragging ? "gray.0" : undefined}
                    onDragOver={(e: React.DragEvent) => e.preventDefault()}
                    onDrop={(e: React.DragEvent) => {
                      e.preventDefault();
                      const id = e.dataTransfer.getData("text/plain");
                      const task = rows.find((r) => r.id === id);
                      setDragging(null);
                      if (task) doMove(task, status);
                    }}
                  >
                    <Title order={3} size="h5" id={`col-${status}`} mb="xs">
                      {t(statusKey(status))} ({inCol.length})
                    </Title>
                    <Stack gap="xs" data-testid={`column-${status}`}>
                      {inCol.map((task) => {
                        const canMove = task.permissions.progress;
                        return (
                          <Paper
                            key={task.id}
                            ref={(el: HTMLDivElement | null) => {
                              if (el) cards.current.set(task.id, el);
                              else cards.current.delete(task.id);
                            }}
                            withBorder
                            p="xs"
                            tabIndex={0}
                            role="group"
                            aria-roledescription={t("tasks.board.card")}
                            aria-label={`#${task.number} ${task.title}${task.overdue ? ` — ${t("tasks.overdue")}` : ""}`}
                            data-testid="task-card"
                            draggable={canMove}
                            onDragStart={(e: React.DragEvent) => {
                              e.dataTransfer.setData("text/plain", task.id);
                              setDragging(task.id);
                            }}
                            onDragEnd={() => setDragging(null)}
                            onKeyDown={(e: React.KeyboardEvent) => {
                              if (!canMove || e.target !== e.currentTarget) return;
                              const next =
                                e.key === "ArrowRight"
                                  ? taskStatuses[col + 1]
                                  : e.key === "ArrowLeft"
                                    ? taskStatuses[col - 1]
                                    : undefined;
                              if (next) {
                                e.preventDefault();
                                doMove(task, next);
                              }
                            }}
                            style={{
                              borderLeft: task.overdue ? "4px solid var(--mantine-color-red-7)" : undefined,
                              cursor: canMove ? "grab" : undefined,
                            }}
                          >
                            <Stack gap={4}>
                              <Anchor
                                component={Link}
                                to={`/meetings/${meeting.id}/committee/tasks/${task.id}${search ? `?${search}` : ""}`}
                                size="sm"
                                fw={600}
                              >
                                #{task.number} {task.title}
                              </Anchor>
                              <Text size="xs">{task.owner?.fullName ?? t("tasks.noOwner")}</Text>
                              <DueText task={task} timeZone={meeting.timeZone} />
                              {task.status === "blocked" && task.blockedReason && (
                                <Text size="xs" fs="italic">
                                  {t("tasks.blockedBecause", { reason: task.blockedReason })}
                                </Text>
                              )}
                              {task.checks.total > 0 && (
                                <Badge variant="outline" size="sm" color="gray">
                                  {t("tasks.checksDone", { done: task.checks.done, total: task.checks.total })}
                                </Badge>
                              )}
                              {canMove && (
                                <Menu position="bottom-start" withinPortal>
                                  <Menu.Target>
                                    <Button
                                      size="compact-xs"
                                      variant="subtle"
                                      aria-label={t("tasks.board.moveTaskLabel", { number: task.number })}
                                    >
                                      {t("tasks.board.moveTo")}
                                    </Button>
                                  </Menu.Target>
                                  <Menu.Dropdown>
                                    {taskStatuses
                                      .filter((s) => s !== task.status)
                                      .map((s) => (
                                        <Menu.Item key={s} onClick={() => doMove(task, s)}>
                                          {t(statusKey(s))}
                                        </Menu.Item>
                                      ))}
                                  </Menu.Dropdown>
                                </Menu>
                              )}
                            </Stack>
                          </Paper>
                        );
                      })}
                      {inCol.length === 0 && (
                        <Text size="xs" c="dimmed">
                          {t("tasks.board.emptyColumn")}
                        </Text>
                      )}
                    </Stack>
                  </Paper>
                );
              })}
            </Group>
          </ScrollArea>
        )}
      </QueryState>
      <Modal opened={asking !== null} onClose={() => setAsking(null)} title={t("tasks.board.blockedTitle")}>
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (!asking || !reason.trim()) return;
            const task = asking.task;
            setAsking(null);
            doMove(task, "blocked", reason.trim());
          }}
        >
          <Stack>
            <Textarea
              label={t("tasks.field.blockedReason")}
              required
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={reason.trim() ? undefined : t("tasks.field.blockedReasonNeeded")}
              data-autofocus
            />
            <Group justify="end">
              <Button variant="default" onClick={() => setAsking(null)}>
                {t("tasks.cancel")}
              </Button>
              <Button type="submit" disabled={!reason.trim()}>
                {t("tasks.board.block")}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Stack>
  );
}
