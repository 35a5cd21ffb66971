import { Button, DatePicker, Flex, Skeleton } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useSessionUser } from '../../../web/auth/useSessionUser';
import { PageTitle } from '../../../web/components/PageTitle';
import { QueryError } from '../../../web/components/QueryError';
import { hasPermission } from '../../accounts/roles';
import { dispatchApi } from './api/dispatchApi';
import { BoardBody } from './components/BoardBody';
import { PlanControls, type PlanOptions } from './components/PlanControls';
import { PlanProposal } from './components/PlanProposal';
import { useBoard } from './hooks/useBoard';
import { useBoardMutation } from './hooks/useBoardMutation';
import { useLocks } from './hooks/useLocks';
import { useProposePlan } from './hooks/useProposePlan';
import { makeScale } from './timeline';

const DAY = 'YYYY-MM-DD';
const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** 调度台: the day's routes per technician, drag to reassign, and the optimiser's proposal. */
export function DispatchBoardPage() {
  const { t } = useTranslation();
  const user = useSessionUser();
  const canPlan = hasPermission(user.roles, 'dispatch.plan');
  const [search, setSearch] = useSearchParams();
  const asked = search.get('day') ?? '';
  // The day lives in the URL, so a link (or a reload) opens the same board.
  const day = DAY_PATTERN.test(asked) ? asked : dayjs().format(DAY);
  const setDay = (value: string) => setSearch({ day: value }, { replace: true });
  const [options, setOptions] = useState<PlanOptions>({
    timeLimitSeconds: 3,
    keepAssignments: true,
  });
  const [hiddenPlanId, setHiddenPlanId] = useState<string>();
  const board = useBoard(day);
  const { locked, toggle, locks } = useLocks(board.data);
  const propose = useProposePlan(day);
  const move = useBoardMutation(day, dispatchApi.move, t('dispatch.moved'));
  const apply = useBoardMutation(day, dispatchApi.apply, t('dispatch.applied'));
  const draft = board.data?.draft;
  const shownDraft = draft && draft.status === 'draft' && draft.id !== hiddenPlanId ? draft : null;
  const scale = makeScale(day, [
    ...(board.data?.technicians ?? []).flatMap((tech) =>
      tech.off ? [] : [tech.shiftStart, tech.shiftEnd, ...tech.jobs.map((j) => j.plannedEnd)],
    ),
    ...(shownDraft?.plan.routes ?? []).flatMap((r) => r.stops.map((s) => s.end)),
  ]);
  return (
    <Flex vertical gap={16}>
      <PageTitle
        title={t('dispatch.title')}
        extra={
          <Flex gap={12} align="center" wrap>
            <DatePicker
              value={dayjs(day)}
              allowClear={false}
              onChange={(value) => value && setDay(value.format(DAY))}
              data-testid="board-day"
            />
            <Button onClick={() => setDay(dayjs().format(DAY))}>{t('dispatch.today')}</Button>
            {canPlan && (
              <PlanControls
                options={options}
                onChange={setOptions}
                lockCount={locks.length}
                isPlanning={propose.isPending}
                onPlan={() => propose.mutate({ ...options, locks })}
              />
            )}
          </Flex>
        }
      />
      {board.isPending && <Skeleton active />}
      {board.isError && <QueryError error={board.error} onRetry={() => void board.refetch()} />}
      {shownDraft && (
        <PlanProposal
          record={shownDraft}
          scale={scale}
          canPlan={canPlan}
          isApplying={apply.isPending}
          onApply={() => apply.mutate(shownDraft.id)}
          onDiscard={() => setHiddenPlanId(shownDraft.id)}
        />
      )}
      {board.data && (
        <BoardBody
          board={board.data}
          scale={scale}
          canPlan={canPlan && !move.isPending}
          locked={locked}
          onToggleLock={toggle}
          onMove={(workOrderId, technicianId, position) =>
            move.mutate({ day, workOrderId, technicianId, position })
          }
        />
      )}
    </Flex>
  );
}
