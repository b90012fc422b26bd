#!/usr/bin/env bash
# Onboard one custom hostname to `active` on cf-sim in a few seconds, using
# only curl + jq: the SaaS side calls the Cloudflare API, the "customer" adds
# DNS records through the simulator's admin API.
# Start the simulator first:  target/debug/cf-sim --speed 1000
set -euo pipefail
SIM=${CF_SIM_URL:-http://127.0.0.1:8788}
API=$SIM/client/v4
ZONE=${CF_SIM_ZONE:-023e105f4ecef8ad9ca31a8372d0c353}
AUTH="Authorization: Bearer ${CF_SIM_TOKEN:-sim-token}"
JSON='content-type: application/json'
HOST=${WALK_HOST:-shop.customer-demo.io}

echo "1. SaaS: set the fallback origin"
curl -fsS -X PUT "$API/zones/$ZONE/custom_hostnames/fallback_origin" -H "$AUTH" -H "$JSON" \
  -d '{"origin":"fallback.saasprovider.com"}' | jq -c '.result | {origin, status}'

echo "2. SaaS: create the custom hostname (TXT DCV)"
ID=$(curl -fsS -X POST "$API/zones/$ZONE/custom_hostnames" -H "$AUTH" -H "$JSON" \
  -d "{\"hostname\":\"$HOST\",\"ssl\":{\"method\":\"txt\",\"type\":\"dv\"}}" | jq -r '.result.id')
echo "   id=$ID"

echo "3. SaaS: wait for the DCV token (appears a few simulated seconds after create)"
until TOKEN=$(curl -fsS "$API/zones/$ZONE/custom_hostnames/$ID" -H "$AUTH" \
  | jq -er '.result.ssl.validation_records[0].txt_value'); do sleep 0.1; done
echo "   _acme-challenge.$HOST TXT $TOKEN"

echo "4. Customer: add the CNAME and the DCV TXT record"
curl -fsS -X POST "$SIM/__sim/dns" -H "$JSON" \
  -d "{\"name\":\"$HOST\",\"type\":\"CNAME\",\"value\":\"customers.saasprovider.com\"}" | jq -c .added
curl -fsS -X POST "$SIM/__sim/dns" -H "$JSON" \
  -d "{\"name\":\"_acme-challenge.$HOST\",\"type\":\"TXT\",\"value\":\"$TOKEN\"}" | jq -c .added

echo "5. Anyone: look the records up over DoH"
curl -fsS "$SIM/dns-query?name=$HOST&type=A" -H 'accept: application/dns-json' | jq -c '[.Answer[] | .data]'

echo "6. SaaS: poll until hostname and certificate are active"
for _ in $(seq 1 200); do
  STATE=$(curl -fsS "$API/zones/$ZONE/custom_hostnames/$ID" -H "$AUTH" | jq -r '"\(.result.status) \(.result.ssl.status)"')
  echo "   status/ssl.status: $STATE"
  [ "$STATE" = "active active" ] && exit 0
  sleep 0.1
done
echo "did not reach active" >&2
exit 1
