namespace ChannelConfig.Syntax;

/// <summary>The operator of an assignment.</summary>
public enum AssignmentOperator
{
    /// <summary><c>=</c>: replaces any earlier value.</summary>
    Assign,

    /// <summary><c>+=</c>: concatenates strings or appends list items (Xen 4.13 and later).</summary>
    Append,
}
