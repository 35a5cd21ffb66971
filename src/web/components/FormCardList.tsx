import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Form, type FormListFieldData } from 'antd';
import type { ReactNode } from 'react';

interface Props {
  /** The Form.List field: an array of entries. */
  name: string;
  /** The add button goes away at this many entries. */
  max: number;
  /** The card's title for the nth entry, counted from 1. */
  title: (n: number) => string;
  addLabel: string;
  /** The accessible name of each card's remove button. */
  removeLabel: string;
  /** What a newly added entry starts with. */
  newEntry?: Record<string, unknown>;
  /** The phone's size: a large add button with room below it. */
  isLarge?: boolean;
  /** The entry's fields, named under `field.name`. */
  children: (field: FormListFieldData) => ReactNode;
}

/** A list of entries in a form, one card each: removable while more than one, added up to `max`. */
export function FormCardList({
  name,
  max,
  title,
  addLabel,
  removeLabel,
  newEntry,
  isLarge,
  children,
}: Props) {
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <>
          {fields.map((field, i) => (
            <Card
              key={field.key}
              size="small"
              style={{ marginBottom: 12 }}
              title={title(i + 1)}
              extra={
                fields.length > 1 && (
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={removeLabel}
                    onClick={() => remove(field.name)}
                  />
                )
              }
            >
              {children(field)}
            </Card>
          ))}
          {fields.length < max && (
            <Button
              block
              size={isLarge ? 'large' : undefined}
              icon={<PlusOutlined />}
              style={isLarge ? { marginBottom: 16 } : undefined}
              onClick={() => add({ ...newEntry })}
            >
              {addLabel}
            </Button>
          )}
        </>
      )}
    </Form.List>
  );
}
