namespace ChannelConfig.Emitters.Xenstore;

/// <summary>One xenstore node libxl writes.</summary>
/// <param name="Path">The node's full path.</param>
/// <param name="Value">Its value (directories hold the empty string).</param>
/// <param name="Permissions">Its permissions in <c>xenstore-ls -p</c> letters: the owner and what everyone else may do (<c>n1</c>), then extra grants (<c>r0</c>).</param>
/// <param name="Explicit">True when libxl sets the permissions; false when the node inherits its parent's.</param>
public sealed record XenstoreNode(string Path, string Value, string Permissions, bool Explicit);
