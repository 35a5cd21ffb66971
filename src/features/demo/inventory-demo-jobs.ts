import { addPart, completeWorkOrder, resolveWorkOrder } from '../work-orders';
import { demoSerials } from './inventory-demo-catalogue';
import type { DemoStores } from './inventory-demo-stock';
import { signaturePngFor } from './demo-pictures';
import { openJob, visit } from './on-site-demo-steps';
import type { ReturnsWorld } from './returns-demo-world';

/**
 * 赵志强, three days ago: a printer feeding badly; the pickup roller comes out of his van, which
 * leaves the van at its reorder point. Returns the device's id.
 */
async function pickupRollerFromVan(w: ReturnsWorld, stores: DemoStores): Promise<string> {
  const job = await openJob(w, {
    wish: { categories: ['PRN'], warranty: 'in', device: 'LaserJet' },
    technician: 'technician',
    caller: '何老师',
    fault: '打印机搓纸时打滑，经常进不了纸或一次进多张',
    receivedAt: w.localTime(-3, '08:40'),
  });
  const visitAt = w.localTime(-3, '10:30');
  await visit(w, job, {
    contacted: w.localTime(-3, '09:00'),
    window: w.slot(visitAt, 120),
    travel: { at: visitAt - 25, mode: 'public_transport' },
    arrived: { at: visitAt + 5, costCents: 200 },
    confirmed: {
      at: visitAt + 15,
      fault: '搓纸轮磨损打滑，进纸失败',
      diagnosis: '搓纸轮表面橡胶硬化磨平，纸盒分离垫正常',
    },
  });
  await addPart(w.tx, job.tech(visitAt + 30), job.id, {
    partId: stores.partId('RM2-5452'),
    quantity: 1,
    covered: true,
  });
  await resolveWorkOrder(w.tx, job.tech(visitAt + 45), job.id, {
    workDone: '更换搓纸轮（随车库领用），清洁进纸通道，连续进纸 100 张无打滑',
  });
  await completeWorkOrder(w.tx, job.tech(visitAt + 50), job.id, {
    signerName: '何静',
    signaturePng: signaturePngFor('何静'),
  });
  return job.device.id;
}

/** 孙伟, yesterday: a computer with a failed memory module, replaced by serial from his van. */
async function memoryFromVan(w: ReturnsWorld, stores: DemoStores): Promise<string> {
  const job = await openJob(w, {
    wish: { categories: ['PC'], warranty: 'in' },
    technician: 'tech2',
    caller: '郭医生',
    fault: '电脑使用中频繁蓝屏，错误代码 MEMORY_MANAGEMENT',
    receivedAt: w.localTime(-1, '09:05'),
  });
  const visitAt = w.localTime(-1, '14:00');
  await visit(w, job, {
    contacted: w.localTime(-1, '09:30'),
    window: w.slot(visitAt, 120),
    travel: { at: visitAt - 20, mode: 'public_transport' },
    arrived: { at: visitAt + 5, costCents: 200 },
    confirmed: {
      at: visitAt + 25,
      fault: '内存条故障导致蓝屏',
      diagnosis: '内存诊断报错，原装 8GB 内存条损坏，保修期内免费更换',
    },
  });
  // The van holds the first two units received; the first goes in.
  const [serial] = demoSerials('KF426S15IB-8', 1);
  await addPart(w.tx, job.tech(visitAt + 35), job.id, {
    partId: stores.partId('KF426S15IB-8'),
    serialNumber: serial,
    quantity: 1,
    covered: true,
  });
  await resolveWorkOrder(w.tx, job.tech(visitAt + 60), job.id, {
    workDone: '更换 8GB 内存条（随车库领用，按序列号出库），内存诊断通过，连续运行 30 分钟无蓝屏',
  });
  await completeWorkOrder(w.tx, job.tech(visitAt + 65), job.id, {
    signerName: '郭建军',
    signaturePng: signaturePngFor('郭建军'),
  });
  return job.device.id;
}

/** Work orders whose parts came out of the technicians' vans. */
export const VAN_PART_JOBS = [pickupRollerFromVan, memoryFromVan];
