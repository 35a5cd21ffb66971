import { Select, type SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCategories } from '../../../catalog/web';

/** The tenant's live product categories; the category decides skills and minutes on site. */
export function CategorySelect(props: Omit<SelectProps<string>, 'options'>) {
  const { t } = useTranslation();
  const categories = useCategories();
  return (
    <Select<string>
      {...props}
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      loading={categories.isPending}
      placeholder={t('dispatch.productCategoryPlaceholder')}
      options={(categories.data ?? []).map((category) => ({
        value: category.id,
        label: `${category.name} (${category.code})`,
      }))}
      data-testid="category-select"
    />
  );
}
