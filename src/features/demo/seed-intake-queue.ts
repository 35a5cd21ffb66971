import { type Db, inTenant } from '../../platform/db';
import { actorOf, type RequestContext } from '../accounts';
import { systemActor } from '../audit';
import { createServiceRequest } from '../intake';
import type { DemoAsset } from './seed-installed-base-demo';

const REPORTS = [
  { fault: '开机后屏幕无显示，电源灯常亮', name: '护士站 马护士', phone: '13909512301' },
  { fault: '打印出来的字迹很淡，有横向白条', name: '收费处 杨老师', phone: '13909512302' },
  { fault: '监护仪血氧读数跳动，报警频繁', name: 'ICU 丁医生', phone: '13909512303' },
];

/** A few reports waiting in the intake queue: three scanned from labels and one at the counter. */
export async function seedIntakeQueue(
  db: Db,
  tenantId: string,
  installed: readonly DemoAsset[],
  desk: RequestContext,
): Promise<void> {
  await inTenant(db, tenantId, async (tx) => {
    for (const [i, report] of REPORTS.entries()) {
      const asset = installed[(i * 7 + 3) % installed.length]!;
      await createServiceRequest(
        tx,
        { ...desk, actor: { ...systemActor(tenantId, '扫码报修'), sourceIp: '10.0.0.1' } },
        {
          channel: 'qr',
          assetId: asset.id,
          contactName: report.name,
          contactPhone: report.phone,
          faultDescription: report.fault,
        },
      );
    }
    const brought = installed[installed.length - 1]!;
    await createServiceRequest(
      tx,
      { ...desk, actor: actorOf(desk) },
      {
        channel: 'walk_in',
        assetId: brought.id,
        contactName: '客户自送 周先生',
        contactPhone: '13909512399',
        faultDescription: '设备无法开机，客户送至服务部柜台；外观完好，附电源适配器一个',
      },
    );
  });
}
