import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { ApiError } from '../../../../web/api/ApiError';
import type { ShipmentView } from '../../shipment.schemas';
import { type ShipmentListParams, shipmentsApi } from '../api/shipmentsApi';
import { repairReturnsKey, shipmentKey, shipmentsKey } from './queryKeys';

export function useShipmentList(params: ShipmentListParams) {
  return useQuery({
    queryKey: [...shipmentsKey, params],
    queryFn: ({ signal }) => shipmentsApi.list(params, signal),
    placeholderData: keepPreviousData,
  });
}

export function useShipment(id: string) {
  return useQuery({ queryKey: shipmentKey(id), queryFn: () => shipmentsApi.get(id) });
}

interface Step {
  run: () => Promise<ShipmentView>;
  doneText: string;
}

/**
 * A step of one shipment; it moves its returns too, so every return read is refreshed. A 409
 * (someone else changed the parcel) refetches it.
 */
export function useShipmentAction(id: string) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: shipmentKey(id) });
    void queryClient.invalidateQueries({ queryKey: shipmentsKey });
    void queryClient.invalidateQueries({ queryKey: repairReturnsKey });
    void queryClient.invalidateQueries({ queryKey: ['repairReturn'] });
  };
  return useMutation({
    mutationFn: (step: Step) => step.run(),
    onSuccess: (view, step) => {
      queryClient.setQueryData(shipmentKey(id), view);
      void message.success(step.doneText);
      refresh();
    },
    onError: (error) => {
      if (error instanceof ApiError && error.isConflict) refresh();
    },
  });
}
