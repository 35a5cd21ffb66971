import { Button, Flex, Typography, theme } from 'antd';
import { type PointerEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

const HEIGHT = 200;

/**
 * The customer signs with a finger (or a pen, or a mouse) on the technician's phone. A form
 * control: its value is the confirmed signature as a PNG data URL; clearing it starts over.
 */
export function SignaturePad({
  value,
  onChange,
}: {
  value?: string;
  onChange?: (png: string | undefined) => void;
}) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const last = useRef<{ x: number; y: number } | null>(null);
  const [hasInk, setHasInk] = useState(false);

  // The canvas is drawn at the screen's pixel density, so the strokes stay sharp.
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas || value) return;
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.round(canvas.clientWidth * ratio);
    canvas.height = Math.round(HEIGHT * ratio);
    const context = canvas.getContext('2d');
    if (!context) return;
    context.scale(ratio, ratio);
    context.lineWidth = 2.5;
    context.lineCap = 'round';
    context.lineJoin = 'round';
    context.strokeStyle = '#111';
    setHasInk(false);
  }, [value]);

  const pointOf = (event: PointerEvent<HTMLCanvasElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    return { x: event.clientX - box.left, y: event.clientY - box.top };
  };
  const down = (event: PointerEvent<HTMLCanvasElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
    last.current = pointOf(event);
    const context = event.currentTarget.getContext('2d');
    // A tap leaves a dot, like a pen would.
    context?.beginPath();
    context?.arc(last.current.x, last.current.y, 1.2, 0, Math.PI * 2);
    context?.fill();
    setHasInk(true);
  };
  const move = (event: PointerEvent<HTMLCanvasElement>) => {
    if (!last.current) return;
    const context = event.currentTarget.getContext('2d');
    if (!context) return;
    const point = pointOf(event);
    context.beginPath();
    context.moveTo(last.current.x, last.current.y);
    context.lineTo(point.x, point.y);
    context.stroke();
    last.current = point;
  };
  const up = () => {
    last.current = null;
  };
  const clear = () => {
    const canvas = canvasRef.current;
    canvas?.getContext('2d')?.clearRect(0, 0, canvas.width, canvas.height);
    setHasInk(false);
    onChange?.(undefined);
  };

  if (value) {
    return (
      <Flex vertical gap={8} data-testid="signature-done">
        <img
          src={value}
          alt={t('technicianApp.signature.image')}
          style={{
            width: '100%',
            height: HEIGHT,
            objectFit: 'contain',
            border: `1px solid ${token.colorBorder}`,
            borderRadius: token.borderRadius,
            background: '#fff',
          }}
        />
        <Button size="large" block onClick={clear}>
          {t('technicianApp.signature.redo')}
        </Button>
      </Flex>
    );
  }
  return (
    <Flex vertical gap={8}>
      <canvas
        ref={canvasRef}
        data-testid="signature-pad"
        aria-label={t('technicianApp.signature.hint')}
        onPointerDown={down}
        onPointerMove={move}
        onPointerUp={up}
        onPointerCancel={up}
        style={{
          width: '100%',
          height: HEIGHT,
          touchAction: 'none',
          border: `1px dashed ${token.colorBorder}`,
          borderRadius: token.borderRadius,
          background: '#fff',
          cursor: 'crosshair',
        }}
      />
      <Typography.Text type="secondary">{t('technicianApp.signature.hint')}</Typography.Text>
      <Flex gap={8}>
        <Button size="large" style={{ flex: 1 }} onClick={clear} disabled={!hasInk}>
          {t('technicianApp.signature.clear')}
        </Button>
        <Button
          size="large"
          style={{ flex: 1 }}
          type="primary"
          ghost
          disabled={!hasInk}
          data-testid="signature-confirm"
          onClick={() => onChange?.(canvasRef.current?.toDataURL('image/png'))}
        >
          {t('technicianApp.signature.confirm')}
        </Button>
      </Flex>
    </Flex>
  );
}
