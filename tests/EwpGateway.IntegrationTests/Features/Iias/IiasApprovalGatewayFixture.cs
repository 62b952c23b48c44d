using System.Security.Cryptography;
using System.Text;
using EwpGateway.Features.Iias;
using EwpGateway.Infrastructure.Persistence.Model;
using EwpGateway.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace EwpGateway.IntegrationTests.Features.Iias;

/// <summary>
/// One gateway on Kestrel holding partners' copies of IIAs (owned by validator-hei01): one approved by us, one
/// not approved, one approved and then changed by its owner (new hash), and one with not-yet-defined values.
/// </summary>
public sealed class IiasApprovalGatewayFixture : IAsyncLifetime
{
    internal const string Approved = "val-iia-approved";
    internal const string Unapproved = "val-iia-unapproved";
    internal const string ChangedAfterApproval = "val-iia-changed";
    internal const string NotYetDefined = "val-iia-not-yet-defined";

    private GatewayFactory? _factory;

    internal TestNetwork Network { get; } = new();

    internal Uri BaseAddress { get; private set; } = null!;

    internal HttpClient Client { get; private set; } = null!;

    internal AgreementStore Store => _factory!.Services.GetRequiredService<AgreementStore>();

    public async ValueTask InitializeAsync()
    {
        _factory = new GatewayFactory(Network.GatewaySettings());
        BaseAddress = _factory.Start();
        Client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        var ct = TestContext.Current.CancellationToken;

        var approved = await Store.CreateAsync(Copy(Approved), null, ct);
        await Store.ApproveAsync(approved.Id, TestNetwork.GatewayHeiId, approved.IiaHash!, approved.Version, ct);
        await Store.CreateAsync(Copy(Unapproved), null, ct);
        var changed = await Store.CreateAsync(Copy(ChangedAfterApproval), null, ct);
        changed = await Store.ApproveAsync(changed.Id, TestNetwork.GatewayHeiId, changed.IiaHash!, changed.Version, ct);
        changed.CooperationConditions[0].MobilitiesPerYear = 7;
        changed.IiaHash = Hash(ChangedAfterApproval + "/v2");
        await Store.UpdateAsync(changed, changed.Version, ct);
        var incomplete = Copy(NotYetDefined);
        incomplete.CooperationConditions[0].MobilitiesPerYearNotYetDefined = true;
        await Store.CreateAsync(incomplete, null, ct);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        Network.Dispose();
    }

    /// <summary>The current hash of the copy whose owner's id is <paramref name="partnerIiaId"/>, as the fixture made it.</summary>
    internal static string Hash(string partnerIiaId) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(partnerIiaId)));

    /// <summary>Sends <paramref name="method"/> to <paramref name="path"/> signed with <paramref name="key"/> (the validator's by default).</summary>
    internal async Task<HttpResponseMessage> SendAsync(
        string method, string path, IReadOnlyList<KeyValuePair<string, string>> parameters, CancellationToken ct, TestKey? key = null)
    {
        var request = new EwpRequest
        {
            Method = method,
            Path = path,
            Parameters = parameters,
            Key = key ?? Network.ValidatorClient,
            Time = TimeProvider.System.GetUtcNow(),
        };
        using var message = request.Build(BaseAddress);
        return await Client.SendAsync(message, ct);
    }

    /// <summary>validator-hei01's copy of an IIA with us, as our IIA client would have stored it.</summary>
    internal static Agreement Copy(string partnerIiaId)
    {
        var owner = TestNetwork.ValidatorHeiIds[0];
        return new Agreement
        {
            Id = "copy-" + partnerIiaId,
            InEffect = true,
            IiaHash = Hash(partnerIiaId),
            Partners =
            [
                new AgreementPartner { HeiId = owner, IiaId = partnerIiaId },
                new AgreementPartner { HeiId = TestNetwork.GatewayHeiId, IiaId = "ours-" + partnerIiaId },
            ],
            CooperationConditions =
            [
                new CooperationCondition
                {
                    MobilityType = MobilityType.StudentStudies,
                    SendingHeiId = owner,
                    ReceivingHeiId = TestNetwork.GatewayHeiId,
                    ReceivingFirstAcademicYearId = "2025/2026",
                    ReceivingLastAcademicYearId = "2027/2028",
                    MobilitiesPerYear = 2,
                    TotalMonthsPerYear = 10,
                    SubjectAreas = [new SubjectArea { IscedFCode = "0613" }],
                    RecommendedLanguageSkills = [new LanguageSkill { Language = "en", CefrLevel = "B2" }],
                },
            ],
            Provenance = new Provenance { Source = ProvenanceSource.Partner, PartnerHeiId = owner, PartnerObjectId = partnerIiaId, EwpVersion = "7.0.0" },
        };
    }
}
