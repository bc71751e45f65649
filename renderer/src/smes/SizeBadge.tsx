import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SizeClass } from '@api/smes';

const COLORS: Record<SizeClass, string> = { micro: 'teal', small: 'blue', medium: 'grape', large: 'orange' };

export function SizeBadge({ size }: { size: SizeClass | null }) {
  const { t } = useTranslation();
  if (!size) return null;
  return (
    <Badge color={COLORS[size]} variant="light" data-size-class={size}>
      {t(`size.${size}`)}
    </Badge>
  );
}
