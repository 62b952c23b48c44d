namespace EwpGateway.Infrastructure.Persistence.Model;

/// <summary>An e-mail address of a contact.</summary>
internal sealed class ContactEmail
{
    public string Address { get; set; } = "";
}
