namespace EwpGateway.Features.Admin;

/// <summary>An administrator allowed on the dashboard.</summary>
internal sealed class AdminUser
{
    /// <summary>The sign-in name.</summary>
    public string Name { get; set; } = "";

    /// <summary>The password (at least 12 characters); never logged.</summary>
    public string Password { get; set; } = "";
}
