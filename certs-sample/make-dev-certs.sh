#!/usr/bin/env bash
# Creates DEVELOPMENT keys and certificates for EwpGateway. NOT FOR PRODUCTION: the private keys are
# published in the repository, so anyone can impersonate a gateway that uses them.
#
#   client-key.pem / client-public.pem   RSA-2048, signs our outbound requests (cliauth-httpsig)
#   server-key.pem / server-public.pem   RSA-2048, signs our responses (srvauth-httpsig)
#   tls-cert.pem / tls-key.pem           self-signed TLS server certificate for localhost / 127.0.0.1
#   client-tls-cert.pem / client-tls-key.pem  self-signed TLS client certificate (deprecated cliauth-tlscert)
#   demo-partner-keys.pem                ten RSA-2048 pairs (client, server) for the demo's simulated partners
#   fingerprints.txt                     SHA-256 key ids (hex of the DER SubjectPublicKeyInfo / certificate)
#
# Usage: certs-sample/make-dev-certs.sh [output-folder]   (default: this folder)
set -euo pipefail
out="${1:-$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)}"
mkdir -p "$out"
cd "$out"

command -v openssl >/dev/null || { echo "openssl is required" >&2; exit 1; }

for who in client server; do
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$who-key.pem" 2>/dev/null
  openssl pkey -in "$who-key.pem" -pubout -out "$who-public.pem"
done

# The demo's simulated partners load their keys from here instead of generating twenty keys at every start.
: > demo-partner-keys.pem
for _ in $(seq 1 20); do
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 2>/dev/null >> demo-partner-keys.pem
done

openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -sha256 \
  -keyout tls-key.pem -out tls-cert.pem -subj "/CN=localhost/O=EwpGateway development - NOT FOR PRODUCTION" \
  -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" 2>/dev/null
openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -sha256 \
  -keyout client-tls-key.pem -out client-tls-cert.pem -subj "/CN=ewp-gateway-dev-client/O=EwpGateway development - NOT FOR PRODUCTION" \
  -addext "extendedKeyUsage=clientAuth" 2>/dev/null

fingerprint_key() { openssl pkey -pubin -in "$1" -outform DER | openssl dgst -sha256 -r | cut -d' ' -f1; }
fingerprint_cert() { openssl x509 -in "$1" -outform DER | openssl dgst -sha256 -r | cut -d' ' -f1; }
{
  echo "# SHA-256 fingerprints (EWP key ids). Development material, NOT FOR PRODUCTION."
  echo "client-key $(fingerprint_key client-public.pem)"
  echo "server-key $(fingerprint_key server-public.pem)"
  echo "client-tls-cert $(fingerprint_cert client-tls-cert.pem)"
  echo "tls-cert $(fingerprint_cert tls-cert.pem)"
} > fingerprints.txt
chmod 600 ./*-key.pem
cat fingerprints.txt

# A registry catalogue for local development: one host (the gateway's own HEI) using the keys above, and
# the EWP validator's test HEIs as a second host that shares the development client key, so that a request
# signed with client-key.pem is accepted and resolves to known HEIs. Point Ewp:Registry:Url at this file.
der_b64() { openssl pkey -pubin -in "$1" -outform DER | openssl base64 -A; }
ckey=$(fingerprint_key client-public.pem); skey=$(fingerprint_key server-public.pem)
ccert=$(fingerprint_cert client-tls-cert.pem)
cat > dev-catalogue.xml <<XML
<?xml version="1.0" encoding="UTF-8"?>
<!-- DEVELOPMENT registry catalogue made by make-dev-certs.sh. NOT FOR PRODUCTION. -->
<catalogue xmlns="https://github.com/erasmus-without-paper/ewp-specs-api-registry/tree/stable-v1"
    xmlns:ewp="https://github.com/erasmus-without-paper/ewp-specs-architecture/blob/stable-v1/common-types.xsd"
    xmlns:d6="https://github.com/erasmus-without-paper/ewp-specs-api-discovery/blob/stable-v6/manifest-entry.xsd"
    xmlns:e2="https://github.com/erasmus-without-paper/ewp-specs-api-echo/blob/stable-v2/manifest-entry.xsd"
    xmlns:sec="https://github.com/erasmus-without-paper/ewp-specs-sec-intro/tree/stable-v2"
    xmlns:cliauth="https://github.com/erasmus-without-paper/ewp-specs-sec-cliauth-httpsig/tree/stable-v1"
    xmlns:srvauth="https://github.com/erasmus-without-paper/ewp-specs-sec-srvauth-httpsig/tree/stable-v1"
    xmlns:srvtls="https://github.com/erasmus-without-paper/ewp-specs-sec-srvauth-tlscert/tree/stable-v1">
    <host>
        <ewp:admin-email>ewp-admin@inp-toulouse.fr</ewp:admin-email>
        <ewp:admin-notes>EwpGateway development host (sample keys, not for production)</ewp:admin-notes>
        <apis-implemented>
            <d6:discovery version="6.0.0">
                <d6:url>https://localhost:5443/ewp/manifest</d6:url>
            </d6:discovery>
            <e2:echo version="2.0.1">
                <e2:http-security>
                    <sec:client-auth-methods><cliauth:httpsig/></sec:client-auth-methods>
                    <sec:server-auth-methods><srvtls:tlscert/><srvauth:httpsig/></sec:server-auth-methods>
                </e2:http-security>
                <e2:url>https://localhost:5443/ewp/echo</e2:url>
            </e2:echo>
        </apis-implemented>
        <institutions-covered>
            <hei-id>inp-toulouse.fr</hei-id>
        </institutions-covered>
        <client-credentials-in-use>
            <certificate sha-256="$ccert"/>
            <rsa-public-key sha-256="$ckey"/>
        </client-credentials-in-use>
        <server-credentials-in-use>
            <rsa-public-key sha-256="$skey"/>
        </server-credentials-in-use>
    </host>
    <host>
        <ewp:admin-email>ewp-admin@example.com</ewp:admin-email>
        <ewp:admin-notes>Stand-in for the EWP validator's test HEIs, sharing the development client key</ewp:admin-notes>
        <apis-implemented/>
        <institutions-covered>
            <hei-id>validator-hei01.developers.erasmuswithoutpaper.eu</hei-id>
            <hei-id>validator-hei02.developers.erasmuswithoutpaper.eu</hei-id>
        </institutions-covered>
        <client-credentials-in-use>
            <rsa-public-key sha-256="$ckey"/>
        </client-credentials-in-use>
    </host>
    <institutions>
        <hei id="inp-toulouse.fr">
            <other-id type="erasmus">F TOULOUS28</other-id>
            <name xml:lang="en">Toulouse INP</name>
            <name xml:lang="fr">Institut National Polytechnique de Toulouse</name>
        </hei>
        <hei id="validator-hei01.developers.erasmuswithoutpaper.eu">
            <name xml:lang="en">EWP validator HEI 01</name>
        </hei>
        <hei id="validator-hei02.developers.erasmuswithoutpaper.eu">
            <name xml:lang="en">EWP validator HEI 02</name>
        </hei>
    </institutions>
    <binaries>
        <rsa-public-key sha-256="$ckey">$(der_b64 client-public.pem)</rsa-public-key>
        <rsa-public-key sha-256="$skey">$(der_b64 server-public.pem)</rsa-public-key>
    </binaries>
</catalogue>
XML
echo "wrote dev-catalogue.xml"
