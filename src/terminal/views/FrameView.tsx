import { Box, Text } from 'ink';
import type { Frame } from '../../render/frame.js';
import { publishPlacements } from '../graphics/placements-channel.js';

/**
 * Draws a Frame in Ink: one <Text> per line, because a multi-line <Text> loses its colors
 * after the first line, and an empty <Text> takes no height (a space keeps the line).
 */
export function FrameView({ frame }: { frame: Frame }) {
  // Told while rendering, so the painter knows before Ink writes this Frame (graphics/painter.ts).
  publishPlacements(frame.placements);
  return (
    <Box flexDirection="column">
      {frame.lines.map((line, i) => (
        <Text key={i} wrap="truncate-end">
          {line === '' ? ' ' : line}
        </Text>
      ))}
    </Box>
  );
}
