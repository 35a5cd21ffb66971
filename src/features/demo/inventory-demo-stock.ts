import { eq } from 'drizzle-orm';
import { productModels } from '../installed-base';
import {
  adjustStock,
  createLoaner,
  createPart,
  createStockCount,
  createWarehouse,
  enterStockCountLines,
  postStockCount,
  receiveStock,
  setReorderLevel,
  transferStock,
} from '../inventory';
import { DEMO_TECHNICIANS } from './demo-data';
import {
  DEMO_LOANERS,
  DEMO_OUTLET_STOCK,
  DEMO_PARTS,
  DEMO_RECEIPTS,
  DEMO_REORDER_LEVELS,
  DEMO_VAN_STOCK,
  type DemoLoanerCode,
  type DemoPartCode,
  demoSerials,
} from './inventory-demo-catalogue';
import type { ReturnsWorld } from './returns-demo-world';

/** The stores and parts as the later stories need them. */
export interface DemoStores {
  centralId: string;
  outletId: string;
  partId(code: DemoPartCode): string;
  loanerId(code: DemoLoanerCode): string;
}

const technicianLogin = (i: number) => (i === 0 ? 'technician' : `tech${i + 1}`);

/**
 * The warehouse keeper sets up the stores two months ago: the parts for the demo's models, the
 * central store, an outlet's store and a van per technician, receipts from the suppliers (one
 * damaged toner written off), reorder points, the vans and the outlet stocked from the central
 * store — which leaves the SpO2 probes at their reorder point — and the loaner units.
 */
export async function stockTheStores(w: ReturnsWorld): Promise<DemoStores> {
  const keeper = (days: number, hhmm: string) => w.as('warehouse', w.localTime(days, hhmm));
  const models = await w.tx
    .select({ id: productModels.id, code: productModels.code })
    .from(productModels)
    .where(eq(productModels.tenantId, w.tenantId));
  const modelId = (code: string) => models.find((m) => m.code === code)!.id;

  const partIds = new Map<string, string>();
  for (const p of DEMO_PARTS) {
    const part = await createPart(w.tx, keeper(-62, '09:30'), {
      code: p.code,
      name: p.name,
      unit: p.unit,
      serialTracked: 'serialTracked' in p,
      priceCents: p.yuan * 100,
      modelIds: p.models.map(modelId),
    });
    partIds.set(p.code, part.id);
  }
  const partId = (code: DemoPartCode) => partIds.get(code)!;
  const central = await createWarehouse(w.tx, keeper(-62, '10:00'), {
    code: 'ZXK',
    name: '中心库',
    kind: 'central',
    address: '银川市金凤区宁安大街490号 服务部一楼库房',
  });
  const outlet = await createWarehouse(w.tx, keeper(-62, '10:05'), {
    code: 'XQWD',
    name: '兴庆网点库',
    kind: 'outlet',
    address: '银川市兴庆区解放东街116号 兴庆服务网点',
  });
  const vans = new Map<string, string>();
  for (const [i, name] of DEMO_TECHNICIANS.entries()) {
    const van = await createWarehouse(w.tx, keeper(-62, '10:30'), {
      code: `VAN-${String(i + 1).padStart(2, '0')}`,
      name: `${name}随车库`,
      kind: 'van',
      technicianId: w.userId(technicianLogin(i)),
    });
    vans.set(technicianLogin(i), van.id);
  }

  for (const r of DEMO_RECEIPTS) {
    const serialTracked = DEMO_PARTS.some((p) => p.code === r.code && 'serialTracked' in p);
    await receiveStock(w.tx, keeper(-60, '14:00'), {
      warehouseId: central.id,
      partId: partId(r.code),
      quantity: r.quantity,
      serialNumbers: serialTracked ? demoSerials(r.code, r.quantity) : undefined,
      reason: `${r.supplier} 送货入库`,
    });
  }
  await adjustStock(w.tx, keeper(-60, '15:10'), {
    warehouseId: central.id,
    partId: partId('CF276A'),
    delta: -1,
    reason: '入库验收：1 个硒鼓外包装破损漏粉，报损',
  });
  for (const r of DEMO_REORDER_LEVELS)
    await setReorderLevel(w.tx, keeper(-60, '16:00'), {
      warehouseId: central.id,
      partId: partId(r.code),
      reorderLevel: r.level,
    });
  await setReorderLevel(w.tx, keeper(-60, '16:05'), {
    warehouseId: vans.get('technician')!,
    partId: partId('RM2-5452'),
    reorderLevel: 1,
  });

  const issued = new Map<string, number>();
  for (const v of DEMO_VAN_STOCK) {
    const serialTracked = DEMO_PARTS.some((p) => p.code === v.code && 'serialTracked' in p);
    const first = issued.get(v.code) ?? 0;
    issued.set(v.code, first + v.quantity);
    const received = DEMO_RECEIPTS.find((r) => r.code === v.code)!.quantity;
    await transferStock(w.tx, keeper(-58, '09:30'), {
      fromWarehouseId: central.id,
      toWarehouseId: vans.get(v.login)!,
      partId: partId(v.code),
      quantity: v.quantity,
      serialNumbers: serialTracked
        ? demoSerials(v.code, received).slice(first, first + v.quantity)
        : undefined,
      reason: '随车备件领用',
    });
  }
  for (const o of DEMO_OUTLET_STOCK)
    await transferStock(w.tx, keeper(-57, '10:00'), {
      fromWarehouseId: central.id,
      toWarehouseId: outlet.id,
      partId: partId(o.code),
      quantity: o.quantity,
      reason: '网点库补货',
    });

  const loanerIds = new Map<string, string>();
  for (const l of DEMO_LOANERS) {
    const loaner = await createLoaner(w.tx, keeper(-60, '16:30'), {
      code: l.code,
      modelId: modelId(l.model),
      serialNumber: l.serialNumber,
      warehouseId: central.id,
      note: l.note,
    });
    loanerIds.set(l.code, loaner.id);
  }
  return {
    centralId: central.id,
    outletId: outlet.id,
    partId,
    loanerId: (code) => loanerIds.get(code)!,
  };
}

/**
 * 盘点 of the outlet ten days ago: every shelf counted, one ribbon cartridge missing — posted
 * as an adjustment with the count's number.
 */
export async function countTheOutlet(w: ReturnsWorld, stores: DemoStores): Promise<void> {
  const keeper = (hhmm: string) => w.as('warehouse', w.localTime(-10, hhmm));
  const count = await createStockCount(w.tx, keeper('09:00'), {
    warehouseId: stores.outletId,
    note: '兴庆网点库月度盘点',
  });
  const ribbon = stores.partId('S015583');
  const counted = await enterStockCountLines(w.tx, keeper('10:40'), count.id, {
    version: count.version,
    lines: count.lines.map((l) => ({
      partId: l.part.id,
      countedQuantity: l.part.id === ribbon ? l.expectedQuantity - 1 : l.expectedQuantity,
    })),
  });
  await postStockCount(w.tx, keeper('11:00'), count.id, { version: counted.version });
}
