namespace Bantin.Import;

/// <summary>A filled cell and the number it stands for.</summary>
public sealed record SlotCell(Slot Slot, SheetCell Cell, string Where);
