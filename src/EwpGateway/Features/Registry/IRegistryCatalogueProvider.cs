namespace EwpGateway.Features.Registry;

/// <summary>The registry catalogue other features read (never null once the registry or its cache was loaded).</summary>
internal interface IRegistryCatalogueProvider
{
    /// <summary>The catalogue in use, or <see langword="null"/> when neither the registry nor the disk cache could be loaded.</summary>
    RegistryCatalogue? Current { get; }

    RegistryStatus Status { get; }
}
