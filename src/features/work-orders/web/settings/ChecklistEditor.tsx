import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  DeleteOutlined,
  PlusOutlined,
} from '@ant-design/icons';
import { Button, Flex, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';

const MAX_ITEMS = 30;

/** The arrival checklist, in the order the technician ticks it: add, remove, move up or down. */
export function ChecklistEditor() {
  const { t } = useTranslation();
  return (
    <Form.List name="arrivalChecklist">
      {(fields, { add, remove, move }, { errors }) => (
        <Flex vertical gap={8} data-testid="checklist-editor">
          {fields.map((field, index) => (
            <Flex key={field.key} gap={8} align="start">
              <Form.Item
                name={field.name}
                style={{ margin: 0, flex: 1 }}
                rules={[
                  { required: true, whitespace: true, message: t('common.required') },
                  { max: 200, message: t('common.maxLength', { max: 200 }) },
                ]}
              >
                <Input
                  maxLength={200}
                  aria-label={t('workOrders.settings.checklistItem', { n: index + 1 })}
                />
              </Form.Item>
              <Button
                aria-label={t('workOrders.settings.moveUp')}
                icon={<ArrowUpOutlined />}
                disabled={index === 0}
                onClick={() => move(index, index - 1)}
              />
              <Button
                aria-label={t('workOrders.settings.moveDown')}
                icon={<ArrowDownOutlined />}
                disabled={index === fields.length - 1}
                onClick={() => move(index, index + 1)}
              />
              <Button
                aria-label={t('workOrders.settings.removeItem')}
                icon={<DeleteOutlined />}
                onClick={() => remove(field.name)}
              />
            </Flex>
          ))}
          <Form.ErrorList errors={errors} />
          <div>
            <Button
              icon={<PlusOutlined />}
              disabled={fields.length >= MAX_ITEMS}
              onClick={() => add('')}
              data-testid="checklist-add"
            >
              {t('workOrders.settings.addItem')}
            </Button>
          </div>
        </Flex>
      )}
    </Form.List>
  );
}
