import ExcelJS from 'exceljs';

/** A workbook with these headers and rows, as an upload would bring it. */
export async function xlsxOf(
  headers: readonly string[],
  rows: readonly unknown[][],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('导入');
  sheet.addRow([...headers]);
  for (const row of rows) sheet.addRow([...row] as ExcelJS.CellValue[]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const CUSTOMER_HEADERS = [
  '客户编码',
  '客户名称',
  '电话',
  '地址',
  '服务区域',
  '纬度',
  '经度',
  '科室',
];
export const ASSET_HEADERS = [
  '序列号',
  '品牌',
  '型号编码',
  '型号名称',
  '产品类别',
  '客户',
  '科室',
  '位置',
  '购买日期',
  '安装日期',
  '保修政策',
  '购买价格(元)',
  '纬度',
  '经度',
  '备注',
];
