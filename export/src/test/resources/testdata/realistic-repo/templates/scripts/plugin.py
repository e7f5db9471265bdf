"""makejinja plugin of this repo: the functions and filters its templates call.

Listed in makejinja.toml (loaders = ["plugin:Plugin"], import_paths = ["./templates/scripts"]).
"""
import base64
import ipaddress
import json
import pathlib


def nthhost(value: str, query: int) -> str:
    """The query-th address of a network, e.g. 192.168.42.0/24 | nthhost(23) -> 192.168.42.23."""
    network = ipaddress.ip_network(value, strict=False)
    return str(network[int(query)])


class Plugin:
    def __init__(self, data):
        self._data = data

    def filters(self):
        return [nthhost]

    def functions(self):
        return [self.cloudflare_tunnel_token, self.github_deploy_key, self.onepassword_credentials]

    def cloudflare_tunnel_token(self) -> str:
        """The tunnel token: account, tunnel id and secret as base64 JSON."""
        secret = self._read("cloudflare-tunnel.json", "{}")
        token = {
            "a": self._data.get("cloudflare_account_tag", ""),
            "t": self._data.get("cloudflare_tunnel_id", ""),
            "s": json.loads(secret).get("TunnelSecret", ""),
        }
        return base64.b64encode(json.dumps(token, sort_keys=True).encode()).decode()

    def github_deploy_key(self) -> str:
        """The private deploy key Flux uses to read the repo."""
        return self._read("github-deploy.key", "").strip()

    def onepassword_credentials(self) -> str:
        """The 1Password Connect credentials file, base64 encoded."""
        return base64.b64encode(self._read("1password-credentials.json", "{}").encode()).decode()

    @staticmethod
    def _read(name: str, missing: str) -> str:
        path = pathlib.Path(name)
        return path.read_text() if path.exists() else missing
