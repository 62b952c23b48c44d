namespace EwpGateway.Features.Admin;

/// <summary>The administrators' dashboard (<c>/admin</c>) and its JSON API (<c>/admin/api</c>); section <c>Admin</c>.</summary>
internal sealed class AdminOptions
{
    public const string SectionName = "Admin";

    /// <summary>
    /// Who may sign in (HTTP Basic over TLS in production). No users: the dashboard refuses everyone. Development
    /// settings ship one sample user; production ones come from the environment or a secret store
    /// (<c>Admin__Users__0__Name</c>, <c>Admin__Users__0__Password</c>).
    /// </summary>
    public List<AdminUser> Users { get; } = [];

    /// <summary>How often the dashboard page reloads itself. Default <c>00:00:30</c>; zero turns auto-refresh off.</summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// A partner whose last successful exchange is older than this is amber even without errors (sync lag).
    /// Default <c>02:00:00</c>.
    /// </summary>
    public TimeSpan StaleAfter { get; set; } = TimeSpan.FromHours(2);

    /// <summary>A partner certificate expiring within this is amber (expired: red). Default <c>30.00:00:00</c>.</summary>
    public TimeSpan CertificateWarning { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Consecutive failed sync runs after which a partner is red rather than amber. Default 3.</summary>
    public int RedAfterFailures { get; set; } = 3;
}
