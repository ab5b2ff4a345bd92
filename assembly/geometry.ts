// The i32 geometry array written by src/backend/cpu/cpu-backend.ts (geometryArray).
export const G_BATCH = 0;
export const G_CHANNELS = 1;
export const G_HEIGHT = 2;
export const G_WIDTH = 3;
export const G_KH = 4;
export const G_KW = 5;
export const G_SH = 6;
export const G_SW = 7;
export const G_PH = 8;
export const G_PW = 9;
export const G_DH = 10;
export const G_DW = 11;
export const G_OH = 12;
export const G_OW = 13;

@inline export function geo(g: usize, field: i32): i32 {
  return load<i32>(g + (<usize>field << 2));
}
