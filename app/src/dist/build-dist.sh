#!/usr/bin/env bash
# Builds the installable application from the packaged jars in app/target (run by
# `mvn -Pdist package`, see app/pom.xml):
#   target/dist/policy-designer/                       the self-contained app image: its own Java
#                                                      runtime (jlink, only the modules the jars use),
#                                                      the launcher bin/policy-designer, the icon and
#                                                      lib/policy-designer.desktop
#   target/dist/policy-designer-VERSION-linux-ARCH.tar.gz   the image packed
#   target/dist/policy-designer_VERSION-1_ARCH.deb     on Debian and Ubuntu (dpkg-deb and fakeroot
#                                                      present): installs to /opt/policy-designer
#                                                      with a menu entry
# Arguments: the project version, the JDK home, the module's target folder, the desktop icon.
# JavaFX loads GTK at run time, which dpkg cannot see in the binaries: the .deb names it itself.
set -euo pipefail
version="$1" jdk="$2" target="$3" icon="$4"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
app_version="${version%%-*}" # jpackage takes numbers only: 0.1.0-SNAPSHOT -> 0.1.0
name=policy-designer
work="$target/dist-work"
dist="$target/dist"
rm -rf "$work" "$dist"
mkdir -p "$work/input" "$dist"
cp "$target/policy-designer-app.jar" "$target"/lib/*.jar "$work/input/"

echo "dist: the Java modules the jars use (jdeps)"
modules="$("$jdk/bin/jdeps" --multi-release 17 --ignore-missing-deps --print-module-deps \
  --class-path "$work/input/*" "$work/input/policy-designer-app.jar")"
echo "dist: a runtime of $modules (jlink)"
"$jdk/bin/jlink" --add-modules "$modules,jdk.localedata" --include-locales en \
  --strip-debug --no-header-files --no-man-pages --compress=2 --output "$work/runtime"

common=(--name "$name" --app-version "$app_version" --vendor "Cilium Policy Designer"
  --description "Draws how a cluster talks and writes the CiliumNetworkPolicies as makejinja templates"
  --icon "$icon")
echo "dist: the app image (jpackage)"
"$jdk/bin/jpackage" --type app-image "${common[@]}" --dest "$dist" \
  --input "$work/input" --main-jar policy-designer-app.jar \
  --main-class dev.policydesigner.app.Launcher --runtime-image "$work/runtime" \
  --java-options "-XX:TieredStopAtLevel=1"
sed -e "s|@EXEC@|/opt/$name/bin/$name|" -e "s|@ICON@|/opt/$name/lib/$name.png|" \
  "$here/linux/$name.desktop.in" >"$dist/$name/lib/$name.desktop"
arch="$(uname -m)"
tar -C "$dist" -czf "$dist/$name-$app_version-linux-$arch.tar.gz" "$name"

if command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null; then
  echo "dist: the Debian package (jpackage)"
  # our own postinst/prerm (app/src/dist/linux) install the image's desktop entry
  "$jdk/bin/jpackage" --type deb "${common[@]}" --dest "$dist" --app-image "$dist/$name" \
    --resource-dir "$here/linux" --linux-app-category devel \
    --linux-deb-maintainer "maintainers@policy-designer.invalid" --linux-package-deps libgtk-3-0
else
  echo "dist: no .deb (needs dpkg-deb and fakeroot)"
fi
ls -l "$dist"
