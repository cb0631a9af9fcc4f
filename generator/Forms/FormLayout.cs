namespace Bantin.Forms;

/// <summary>How a report form lays its numbers out.</summary>
public enum FormLayout
{
    /// <summary>One sheet, one row a unit, one column a number: for a federation collecting from its districts.</summary>
    Rows,
    /// <summary>One sheet a unit, one row a number: for sending each district its own sheet.</summary>
    Sheets,
}
