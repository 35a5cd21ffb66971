/** Everything about returns starts with one of these, so a step refreshes all that shows them. */
export const repairReturnsKey = ['repairReturns'] as const;
export const repairReturnKey = (id: string) => ['repairReturn', id] as const;
export const shipmentsKey = ['shipments'] as const;
export const shipmentKey = (id: string) => ['shipment', id] as const;
