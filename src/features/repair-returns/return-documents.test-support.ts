import type { ShipmentView } from './shipment.schemas';
import type { ShippingDocumentData } from './shipping-label-document';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** A shipment of two returns (three items) to a vendor, for the documents' tests. */
export function sampleShipment(overrides: Partial<ShipmentView> = {}): ShipmentView {
  return {
    id: uuid(1),
    number: 'SH-20261128-0003',
    status: 'packing',
    vendor: { id: uuid(2), name: '惠普（中国）售后服务中心' },
    contact: { id: uuid(3), name: '刘工', phone: '010-65640000' },
    shipToAddress: '北京市朝阳区建国路 112 号惠普大厦',
    carrier: null,
    trackingNumber: null,
    expectedArrivalOn: null,
    note: '易碎，轻放',
    createdBy: { id: uuid(4), name: '返修员' },
    createdAt: '2026-11-28T02:00:00.000Z',
    shippedBy: null,
    shippedAt: null,
    arrivedOn: null,
    receivedByName: null,
    arrivalConfirmedBy: null,
    items: [
      {
        repairReturnId: uuid(10),
        number: 'RR-20261120-0001',
        customer: { id: uuid(11), name: '银川市第一人民医院' },
        items: [
          {
            seq: 1,
            description: 'LaserJet M404 打印机',
            serialNumber: 'CNB1234',
            condition: '外壳完好',
            accessories: '电源线',
          },
          {
            seq: 2,
            description: '硒鼓',
            serialNumber: null,
            condition: '有划痕',
            accessories: null,
          },
        ],
        coverage: 'replacement',
        urgent: true,
        status: 'registered',
        testResult: '定影组件加热异常',
      },
      {
        repairReturnId: uuid(12),
        number: 'RR-20261121-0004',
        customer: { id: uuid(13), name: '宁夏医科大学总医院' },
        items: [
          {
            seq: 1,
            description: '扫描仪 ScanJet',
            serialNumber: 'SJ-998',
            condition: '完好',
            accessories: 'USB 线',
          },
        ],
        coverage: 'none',
        urgent: false,
        status: 'registered',
        testResult: '人为进液，主板腐蚀',
      },
    ],
    labelPdfUrl: `/api/shipments/${uuid(1)}/label.pdf`,
    packingListPdfUrl: `/api/shipments/${uuid(1)}/packing-list.pdf`,
    version: 3,
    ...overrides,
  };
}

export function sampleShippingData(
  overrides: Partial<ShippingDocumentData> = {},
): ShippingDocumentData {
  return {
    shipment: sampleShipment(),
    sender: {
      name: '银川医疗设备服务有限公司',
      address: '银川市金凤区北京中路 168 号',
      phone: '0951-6000000',
    },
    vendorPhone: '400-810-3888',
    timeZone: 'Asia/Shanghai',
    printedAt: '2026-11-28T06:30:00.000Z',
    ...overrides,
  };
}
