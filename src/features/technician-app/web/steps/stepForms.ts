import type { ComponentType } from 'react';
import type { StepKind } from '../outbox/stepDraft';
import { AddPartStep } from './AddPartStep';
import { ArriveStep } from './ArriveStep';
import { CloseStep } from './CloseStep';
import { CompleteStep } from './CompleteStep';
import { ConfirmStep } from './ConfirmStep';
import { ApproveQuoteStep, DeclineQuoteStep } from './DecideQuoteSteps';
import { HandOverStep } from './HandOverStep';
import { AdviseReplacementStep, RepairAnywayStep } from './NoteStep';
import { QuoteStep } from './QuoteStep';
import { RescheduleStep } from './RescheduleStep';
import { ResolveStep } from './ResolveStep';
import { RevisitStep } from './RevisitStep';
import { ScheduleStep } from './ScheduleStep';
import type { StepFormProps } from './stepFormProps';
import { TakeBackStep } from './TakeBackStep';
import { TravelStep } from './TravelStep';

/** The form of each step that has one (photos come from the camera, removals need none). */
export const STEP_FORMS: Partial<Record<StepKind, ComponentType<StepFormProps>>> = {
  schedule: ScheduleStep,
  reschedule: RescheduleStep,
  start_travel: TravelStep,
  carRequest: TravelStep,
  arrive: ArriveStep,
  confirm: ConfirmStep,
  request_approval: QuoteStep,
  approve_quote: ApproveQuoteStep,
  decline_quote: DeclineQuoteStep,
  resolve: ResolveStep,
  take_back: TakeBackStep,
  revisit: RevisitStep,
  hand_over: HandOverStep,
  advise_replacement: AdviseReplacementStep,
  repair_anyway: RepairAnywayStep,
  complete: CompleteStep,
  close: CloseStep,
  addPart: AddPartStep,
};
