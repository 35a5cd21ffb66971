import { Empty, Flex, Spin, theme } from 'antd';
import type { ReactNode } from 'react';

interface Props<T> {
  items: T[];
  rowKey: (item: T) => string;
  renderRow: (item: T) => ReactNode;
  emptyText: string;
  isLoading?: boolean;
  /** Lines between rows (plain lists); cards bring their own edges. */
  isDivided?: boolean;
  gap?: number;
}

/** A plain vertical list; antd's List is deprecated in 6.x. */
export function RowList<T>({
  items,
  rowKey,
  renderRow,
  emptyText,
  isLoading,
  isDivided = true,
  gap = 0,
}: Props<T>) {
  const { token } = theme.useToken();
  if (items.length === 0) {
    return isLoading ? (
      <Spin style={{ display: 'block', margin: 16 }} />
    ) : (
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} />
    );
  }
  return (
    <Spin spinning={Boolean(isLoading)}>
      <Flex vertical gap={gap}>
        {items.map((item) => (
          <div
            key={rowKey(item)}
            style={
              isDivided
                ? { padding: '8px 0', borderBottom: `1px solid ${token.colorSplit}` }
                : undefined
            }
          >
            {renderRow(item)}
          </div>
        ))}
      </Flex>
    </Spin>
  );
}
